/**
 * What vendors may implement to plug their own infrastructure into the SDK, such as the
 * {@link io.github.eparcours.core.spi.HttpTransport}.
 *
 * <p>Parameters and return values are non-null unless documented otherwise.
 */
package io.github.eparcours.core.spi;
