/**
 * DMP testkit: {@link io.github.eparcours.testkit.dmp.FakeDmp}, a real HTTPS DMP on loopback
 * (client certificates required, SOAP 1.2 / MTOM, VIHF verified, XDS and DMP rules, access
 * authorisation enforced, recorded requests, scripted faults), and
 * {@link io.github.eparcours.testkit.dmp.DmpConformanceSuite}, the framework-neutral life cycle
 * vendors run against their own configuration.
 */
package io.github.eparcours.testkit.dmp;
