/**
 * Stream helpers shared by the SDK's parsers and transports.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package io.github.eparcours.core.io;
