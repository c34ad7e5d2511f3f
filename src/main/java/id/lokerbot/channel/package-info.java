/**
 * The messaging channels: one sub-package per provider ({@code telegram}, {@code twilio}, {@code
 * simulator}). Each verifies, parses and dedupes what arrives and hands an {@link
 * id.lokerbot.channel.InboundMessage} to the {@link id.lokerbot.channel.InboundHandler}; each
 * renders and sends {@link id.lokerbot.channel.OutboundMessage}s its own way.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "content"})
package id.lokerbot.channel;
