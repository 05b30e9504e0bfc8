/**
 * Implementation details of the DMP module; not an API, may change in any release.
 */
package io.github.eparcours.dmp.internal;
