/** XML plumbing shared by the CDA and XDS packages. Not an API. */
package io.github.eparcours.core.document.internal;
