package id.lokerbot.assessment.chat;

import java.time.Instant;

/** The person confirmed HAPUS DATA: everything we hold about them goes. */
public record DataDeletionRequested(String address, Instant at) {}
