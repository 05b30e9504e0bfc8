/**
 * Coded values: the open {@link io.github.eparcours.core.code.Code} (never a closed enum for a
 * terminology that may grow) and the OIDs of the code systems the SDK uses.
 *
 * <p>Parameters and return values are non-null unless documented otherwise; every type is
 * immutable and thread-safe.
 */
package io.github.eparcours.core.code;
