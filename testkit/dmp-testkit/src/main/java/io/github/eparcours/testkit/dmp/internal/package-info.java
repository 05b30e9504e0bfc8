/**
 * Implementation of the fake DMP (registry, repository, replies); not an API.
 */
package io.github.eparcours.testkit.dmp.internal;
