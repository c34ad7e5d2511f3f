/**
 * Young people: profiles, the addresses they write from, and the consent ledger. Other modules tell
 * it what happened through events ({@link id.lokerbot.youth.ConsentAnswered}) and read it through
 * {@link id.lokerbot.youth.Youths} and {@link id.lokerbot.youth.ConsentLedger}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package id.lokerbot.youth;
