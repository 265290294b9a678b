package io.crmkit.core.interaction.design;

/** Where the most important message sits in an interaction's content (结构: 最重要的信息放在最开始还是最后). */
public enum ContentStructure {
  /** The key message first: for busy readers and quick channels that may be cut short. */
  KEY_MESSAGE_FIRST,
  /** The key message last, built up to: for conversations and events that hold attention. */
  KEY_MESSAGE_LAST
}
