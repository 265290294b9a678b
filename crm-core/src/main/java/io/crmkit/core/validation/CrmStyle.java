package io.crmkit.core.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of crmkit, applied in every feature's {@code package-info.java}.
 *
 * <p>Generated types are public ({@code ImmutableCustomer}), accessors have no {@code get} prefix,
 * redacted attributes print as {@value #REDACTED} and every value can be copied with {@code with*}.
 * Generated types carry no Immutables annotation in their class files, so hosts compile against them
 * without Immutables on their class path.
 * A null passed to a generated builder or factory, and a builder built with a required attribute
 * unset, are {@link InvalidValueException}s naming the attribute (never a raw
 * {@code NullPointerException} or {@code IllegalStateException} from generated code).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    redactedMask = CrmStyle.REDACTED,
    depluralize = true,
    throwForNullPointer = InvalidValueException.class,
    throwForInvalidImmutableState = InvalidValueException.class,
    defaults = @Value.Immutable(copy = true),
    // No annotation from the class path on generated types (org.immutables.value.Generated above all):
    // Immutables is a build-time tool here, and a host compiling with -Xlint:all -Werror must not need it.
    allowedClasspathAnnotations = {Override.class})
public @interface CrmStyle {
  /** What a redacted (confidential or personal) attribute shows in {@code toString}. */
  String REDACTED = "<redacted>";
}
