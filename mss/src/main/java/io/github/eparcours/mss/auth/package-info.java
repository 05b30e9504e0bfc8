/**
 * Authentication to an MSSanté operator: client certificate (SASL EXTERNAL) or Pro Santé Connect
 * access token (XOAUTH2, OAUTHBEARER).
 */
package io.github.eparcours.mss.auth;
