/**
 * IHE XDS.b metadata shared by the DMP (ITI-41/18/57) and MSSanté (XDM) modules: the model
 * ({@link io.github.eparcours.core.document.xds.DocumentEntry},
 * {@link io.github.eparcours.core.document.xds.SubmissionSet},
 * {@link io.github.eparcours.core.document.xds.Association}...), its ebRS/ebRIM 3.0 XML form
 * ({@link io.github.eparcours.core.document.xds.EbRim}) and the rules of the generic and French
 * DMP profiles ({@link io.github.eparcours.core.document.xds.XdsMetadataValidator}).
 *
 * <p>Open vocabularies (availability status, association type, codes) keep the values they do
 * not know, as received.
 */
package io.github.eparcours.core.document.xds;
