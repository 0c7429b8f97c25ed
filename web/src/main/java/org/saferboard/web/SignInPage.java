package org.saferboard.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security takes its POST (local users, the same throttle as the API's HTTP Basic). */
@Controller
class SignInPage {

    @GetMapping(WebConfiguration.SIGN_IN)
    String signIn(@RequestParam(required = false) String error, @RequestParam(name = "signed-out", required = false) String signedOut,
                  Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return "sign-in";
    }
}
