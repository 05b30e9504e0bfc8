package io.github.eparcours.core.identity;

/**
 * What a FINESS number designates. The number itself does not tell: the kind is known only from
 * the FINESS register or from the context that supplied the number.
 *
 * <p>Thread-safe (an enum).
 *
 * @since 0.1
 */
public enum FinessKind {
  /** Entité juridique: the legal entity (e.g. a hospital group). */
  EJ,
  /** Établissement: a geographical establishment of a legal entity. */
  ET
}
