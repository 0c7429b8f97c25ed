package org.saferboard.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.saferboard.command.RefusalReason;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

class RefusalCodesTest {

    @Test
    void everyKindOfRefusalOfTheCommandSideIsListed() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition bean) {
                return bean.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(RefusalReason.class));
        Set<String> found = scanner.findCandidateComponents("org.saferboard.command").stream()
                .map(bean -> bean.getBeanClassName())
                .filter(name -> !name.equals(RefusalReason.class.getName()))
                .collect(Collectors.toSet());

        assertThat(RefusalCodes.REASONS).extracting(Class::getName).containsExactlyInAnyOrderElementsOf(found);
    }

    @Test
    void theApiDescriptionListsEveryCodeWithItsStatus() {
        OpenAPI api = new OpenAPI().info(new Info().description("SaferBoard."));

        new RefusalCodes().customise(api);

        assertThat(api.getInfo().getDescription()).contains("| action-not-open | 409 |", "| unknown-minute | 422 |",
                "| allocation-exceeds-balance | 409 |", "| version-conflict | 409 |");
        assertThat(RefusalCodes.all()).allSatisfy(reason -> assertThat(reason.code()).matches("[a-z]+(-[a-z]+)*"));
    }
}
