/**
 * The VIHF: the signed SAML 2.0 assertion that states, in every DMP request, who acts, for which
 * structure, how authenticated, with which access mode, through which product.
 * {@link io.github.eparcours.dmp.vihf.VihfIssuer} issues and signs assertions;
 * {@link io.github.eparcours.dmp.vihf.VihfVerifier} checks received ones.
 */
package io.github.eparcours.dmp.vihf;
