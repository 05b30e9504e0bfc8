/**
 * The XAdES signature of DMP submission sets:
 * {@link io.github.eparcours.dmp.xades.SubmissionSetSigner}.
 */
package io.github.eparcours.dmp.xades;
