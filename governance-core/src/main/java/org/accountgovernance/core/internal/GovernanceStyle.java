package org.accountgovernance.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: generated classes stay package-private, users build
 * values through the abstract type's {@code builder()} or {@code of(...)}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    strictBuilder = false,
    allParameters = false,
    defaults = @Value.Immutable(copy = true))
@API(status = INTERNAL, since = "0.1.0")
public @interface GovernanceStyle {}
