/** Implementation details; not an API. */
package io.github.eparcours.indicators.internal;
