/**
 * Clinical documents shared by the DMP and MSSanté modules: the CI-SIS CDA R2 header
 * ({@link io.github.eparcours.core.document.cda}) and the IHE XDS.b metadata with its ebRIM 3.0
 * form ({@link io.github.eparcours.core.document.xds}).
 */
package io.github.eparcours.core.document;
