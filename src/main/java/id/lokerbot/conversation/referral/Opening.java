package id.lokerbot.conversation.referral;

/**
 * A vacancy as far as applying goes.
 *
 * @param employer the vacancy's {@code partner} name in the catalogue
 * @param sector KBLI section letter
 * @param regencyCode where the work is: Kemendagri code, or null
 * @param regencyName where the work is: its name
 * @param minEducation education code ({@code sd}, {@code smp}, {@code sma}, {@code diploma}, {@code
 *     s1}), or null
 * @param viaLokerbot the vacancy takes applications through a lokerbot referral
 */
public record Opening(
    String id,
    String title,
    String employer,
    String sector,
    String regencyCode,
    String regencyName,
    Integer minAge,
    Integer maxAge,
    String minEducation,
    boolean open,
    boolean viaLokerbot) {}
