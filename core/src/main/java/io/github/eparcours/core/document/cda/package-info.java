/**
 * CDA R2 documents as the French CI-SIS frames them: the header model ({@link
 * io.github.eparcours.core.document.cda.CdaHeader}), the document types, the N1 (PDF body) and
 * structured writers ({@link io.github.eparcours.core.document.cda.CdaWriter}) and a tolerant
 * reader that reports every broken header rule ({@link
 * io.github.eparcours.core.document.cda.CdaReader}).
 */
package io.github.eparcours.core.document.cda;
