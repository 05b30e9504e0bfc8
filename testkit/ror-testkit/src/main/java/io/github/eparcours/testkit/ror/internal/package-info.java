/** Implementation of the fake (search engine, HAPI providers, gateway filter, token endpoint). */
package io.github.eparcours.testkit.ror.internal;
