/**
 * Alerts: subscriptions to new offers, matching each new offer against every subscription (a Lucene
 * index of subscriptions, matched as a {@code CoveringQuery} would), and polite delivery through a
 * durable, paced queue: one alert per person and offer, daily caps, quiet hours, digests,
 * unsubscribe links. The chat reaches it through {@link id.lokerbot.alert.Alerts} and its events.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"assessment", "catalog", "channel", "content", "platform", "youth"})
package id.lokerbot.alert;
