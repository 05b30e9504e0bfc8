package io.github.eparcours.indicators.internal;

import java.util.Arrays;

/**
 * The smallest {@code cap} distinct actors seen, sorted: enough to decide "at least n distinct",
 * independent of the order of the facts, in memory bounded by the cap.
 */
public final class ActorSet {

  /** Shared by every empty set: an empty array is never written to. */
  private static final String[] EMPTY = new String[0];

  private String[] actors = EMPTY;

  /**
   * Adds an actor.
   *
   * @param actor the actor
   * @param cap the most actors kept
   */
  public void add(String actor, int cap) {
    // Facts usually share actor strings and sets are small: an identity scan settles repeats
    // without comparing characters.
    for (String a : actors) {
      if (a == actor) {
        return;
      }
    }
    int i = Arrays.binarySearch(actors, actor);
    if (i >= 0) {
      return;
    }
    int at = -i - 1;
    if (actors.length < cap) {
      String[] grown = new String[actors.length + 1];
      System.arraycopy(actors, 0, grown, 0, at);
      grown[at] = actor;
      System.arraycopy(actors, at, grown, at + 1, actors.length - at);
      actors = grown;
    } else if (at < actors.length) {
      System.arraycopy(actors, at, actors, at + 1, actors.length - at - 1);
      actors[at] = actor;
    }
  }

  /**
   * Adds every actor of another set.
   *
   * @param other the other set
   * @param cap the most actors kept
   */
  public void addAll(ActorSet other, int cap) {
    for (String a : other.actors) {
      add(a, cap);
    }
  }

  /**
   * Returns how many actors are kept.
   *
   * @return the size
   */
  public int size() {
    return actors.length;
  }
}
