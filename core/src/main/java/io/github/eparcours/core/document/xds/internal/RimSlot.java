package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import java.util.ArrayList;
import java.util.List;

/** rim:Slot. */
public final class RimSlot {
  @XmlAttribute(name = "name", required = true)
  public String name;

  @XmlAttribute(name = "slotType")
  public String slotType;

  @XmlElementWrapper(name = "ValueList")
  @XmlElement(name = "Value")
  public List<String> values = new ArrayList<>();

  /** For JAXB. */
  public RimSlot() {}

  /**
   * Creates a slot.
   *
   * @param name the slot name
   * @param values its values
   */
  public RimSlot(String name, List<String> values) {
    this.name = name;
    this.values = new ArrayList<>(values);
  }
}
