/**
 * The conversation: the dialogue engine (flows as data, in {@code engine}), per-person dialogue
 * state, global commands, and the turn pipeline that takes each message from a channel.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "content",
      "channel",
      "platform",
      "youth",
      "catalog",
      "assessment",
      "assessment :: chat",
      "referral",
      "alert"
    })
package id.lokerbot.conversation;
