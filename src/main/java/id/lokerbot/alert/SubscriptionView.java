package id.lokerbot.alert;

import java.util.List;

/**
 * A subscription as the chat shows it.
 *
 * @param regencies Kemendagri codes; empty = anywhere
 * @param sectors KBLI section letters; empty = any
 * @param keywords what the person typed, empty for none
 */
public record SubscriptionView(
    long id,
    List<String> regencies,
    List<String> sectors,
    String keywords,
    String deliverTo,
    Frequency frequency,
    int digestHour,
    boolean paused) {}
