package io.github.eparcours.mss.ack;

/**
 * The error carried by a CI-SIS "processed/Error" disposition:
 * {@code processed/Error: <code>^<label>[^...]}.
 *
 * @param code the error code (e.g. {@code 902}), never null
 * @param label the label (e.g. {@code Identifiant de patient inconnu}), empty when absent
 * @param raw the whole error text as received
 * @since 0.1
 */
public record DispositionError(String code, String label, String raw) {}
