package io.github.eparcours.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class XmlLimitsTest {

  @Test
  void defaults_areTheDocumentedValues() {
    XmlLimits d = XmlLimits.defaults();
    assertThat(d.maxDocumentBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(d.maxElementDepth()).isEqualTo(256);
    assertThat(d.maxAttributesPerElement()).isEqualTo(256);
    assertThat(d.maxNameLength()).isEqualTo(1_000);
    assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d.toString()).contains("maxDocumentBytes=67108864");
  }

  @Test
  void builder_nonPositiveLimit_isRefused() {
    assertThatThrownBy(() -> XmlLimits.builder().maxDocumentBytes(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDocumentBytes");
    assertThatThrownBy(() -> XmlLimits.builder().maxElementDepth(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxElementDepth");
    assertThatThrownBy(() -> XmlLimits.builder().maxAttributesPerElement(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> XmlLimits.builder().maxNameLength(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilder_changesOneLimitOnly() {
    XmlLimits small = XmlLimits.defaults().toBuilder().maxDocumentBytes(10).build();
    assertThat(small.maxDocumentBytes()).isEqualTo(10);
    assertThat(small.maxElementDepth()).isEqualTo(256);
    assertThat(small).isNotEqualTo(XmlLimits.defaults());
  }
}
