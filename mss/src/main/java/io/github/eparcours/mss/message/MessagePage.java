package io.github.eparcours.mss.message;

import java.util.List;

/**
 * One page of a mailbox listing, by ascending UID.
 *
 * @param messages the messages of this page, ascending UID
 * @param uidValidity the folder's UIDVALIDITY: if it changes between pages, UIDs were reassigned
 *     and the caller must list again from 0
 * @param nextAfterUid the value to pass as {@code afterUid} for the next page
 * @param hasMore whether messages with higher UIDs exist beyond this page
 * @since 0.1
 */
public record MessagePage(List<MessageSummary> messages, long uidValidity, long nextAfterUid,
    boolean hasMore) {

  /** Copies the list. */
  public MessagePage {
    messages = List.copyOf(messages);
  }
}
