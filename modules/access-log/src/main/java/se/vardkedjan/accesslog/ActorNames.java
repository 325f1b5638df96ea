package se.vardkedjan.accesslog;

/**
 * What the access log asks of the organisation register (a service provider interface, implemented by the module that
 * keeps the register): the name a row records for the actor. Never the login token's name, which the account's holder
 * might have chosen.
 */
public interface ActorNames {

    /** The register's name of the account with this username, or the username itself when the register has none. */
    String nameOf(String username);
}
