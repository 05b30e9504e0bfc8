/**
 * Root of the SDK's core module: what every protocol module shares.
 *
 * <p>{@link io.github.eparcours.core.Environment} names the national platform a deployment
 * talks to. Sub-packages hold identities ({@code identity}), coded values ({@code code}), errors
 * ({@code error}), validation reports ({@code validation}) and hardened XML ({@code xml}).
 * Parameters and return values are non-null unless documented otherwise.
 */
package io.github.eparcours.core;
