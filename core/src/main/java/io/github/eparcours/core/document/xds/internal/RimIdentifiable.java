package io.github.eparcours.core.document.xds.internal;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;
import java.util.ArrayList;
import java.util.List;

/** rim:IdentifiableType. */
@XmlTransient
public abstract class RimIdentifiable {
  @XmlElement(name = "Slot")
  public List<RimSlot> slots = new ArrayList<>();

  @XmlAttribute(name = "id", required = true)
  public String id;

  @XmlAttribute(name = "home")
  public String home;

  /**
   * Returns the values of the first slot named {@code name}, or an empty list.
   *
   * @param name the slot name
   * @return its values
   */
  public List<String> slotValues(String name) {
    for (RimSlot s : slots) {
      if (name.equals(s.name)) {
        return s.values == null ? List.of() : s.values;
      }
    }
    return List.of();
  }

  /**
   * Returns the first value of the slot named {@code name}, or null.
   *
   * @param name the slot name
   * @return the value or null
   */
  public String slotValue(String name) {
    List<String> v = slotValues(name);
    return v.isEmpty() ? null : v.get(0);
  }

  /**
   * Adds a slot unless {@code values} is empty.
   *
   * @param name the slot name
   * @param values its values
   */
  public void addSlot(String name, List<String> values) {
    if (!values.isEmpty()) {
      slots.add(new RimSlot(name, values));
    }
  }
}
