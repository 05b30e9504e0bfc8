/**
 * Validation results as data: a {@link io.github.eparcours.core.validation.ValidationReport}
 * lists every broken rule, each with a stable code, a severity and a path.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package io.github.eparcours.core.validation;
