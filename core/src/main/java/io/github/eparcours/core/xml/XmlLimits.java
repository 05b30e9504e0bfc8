package io.github.eparcours.core.xml;

import java.util.Objects;

/**
 * Limits applied when parsing XML, so that a hostile or broken document cannot exhaust memory or
 * stack.
 *
 * <table>
 *   <caption>Defaults</caption>
 *   <tr><th>Limit</th><th>Default</th></tr>
 *   <tr><td>{@link #maxDocumentBytes()}</td><td>64 MiB</td></tr>
 *   <tr><td>{@link #maxElementDepth()}</td><td>256</td></tr>
 *   <tr><td>{@link #maxAttributesPerElement()}</td><td>256</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>1,000 characters</td></tr>
 * </table>
 *
 * <p>Whatever the limits, DTDs are refused, so no entity can be declared: entity expansion
 * (billion laughs) and external entities are impossible, not merely bounded.
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not thread-safe.
 *
 * @since 0.1
 */
public final class XmlLimits {

  private static final XmlLimits DEFAULTS = builder().build();

  private final long maxDocumentBytes;
  private final int maxElementDepth;
  private final int maxAttributesPerElement;
  private final int maxNameLength;

  private XmlLimits(Builder b) {
    this.maxDocumentBytes = positive(b.maxDocumentBytes, "maxDocumentBytes");
    this.maxElementDepth = (int) positive(b.maxElementDepth, "maxElementDepth");
    this.maxAttributesPerElement = (int) positive(b.maxAttributesPerElement,
        "maxAttributesPerElement");
    this.maxNameLength = (int) positive(b.maxNameLength, "maxNameLength");
  }

  /**
   * Returns the default limits (see the class description).
   *
   * @return the defaults
   */
  public static XmlLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder holding the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these limits.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder()
        .maxDocumentBytes(maxDocumentBytes)
        .maxElementDepth(maxElementDepth)
        .maxAttributesPerElement(maxAttributesPerElement)
        .maxNameLength(maxNameLength);
  }

  /**
   * Returns the largest document accepted, in bytes.
   *
   * @return the limit, positive
   */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Returns the deepest element nesting accepted.
   *
   * @return the limit, positive
   */
  public int maxElementDepth() {
    return maxElementDepth;
  }

  /**
   * Returns the most attributes accepted on one element.
   *
   * @return the limit, positive
   */
  public int maxAttributesPerElement() {
    return maxAttributesPerElement;
  }

  /**
   * Returns the longest element or attribute name accepted, in characters.
   *
   * @return the limit, positive
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XmlLimits l && l.maxDocumentBytes == maxDocumentBytes
        && l.maxElementDepth == maxElementDepth
        && l.maxAttributesPerElement == maxAttributesPerElement
        && l.maxNameLength == maxNameLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentBytes, maxElementDepth, maxAttributesPerElement, maxNameLength);
  }

  @Override
  public String toString() {
    return "XmlLimits[maxDocumentBytes=" + maxDocumentBytes + ", maxElementDepth="
        + maxElementDepth + ", maxAttributesPerElement=" + maxAttributesPerElement
        + ", maxNameLength=" + maxNameLength + "]";
  }

  private static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  /**
   * Sets limits. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private long maxDocumentBytes = 64L * 1024 * 1024;
    private int maxElementDepth = 256;
    private int maxAttributesPerElement = 256;
    private int maxNameLength = 1_000;

    private Builder() {}

    /**
     * Sets the largest document accepted.
     *
     * @param bytes a positive number of bytes
     * @return this builder
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * Sets the deepest element nesting accepted.
     *
     * @param depth a positive depth
     * @return this builder
     */
    public Builder maxElementDepth(int depth) {
      this.maxElementDepth = depth;
      return this;
    }

    /**
     * Sets the most attributes accepted on one element.
     *
     * @param count a positive count
     * @return this builder
     */
    public Builder maxAttributesPerElement(int count) {
      this.maxAttributesPerElement = count;
      return this;
    }

    /**
     * Sets the longest element or attribute name accepted.
     *
     * @param characters a positive length
     * @return this builder
     */
    public Builder maxNameLength(int characters) {
      this.maxNameLength = characters;
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return the limits
     * @throws IllegalArgumentException if a limit is not positive
     */
    public XmlLimits build() {
      return new XmlLimits(this);
    }
  }
}
