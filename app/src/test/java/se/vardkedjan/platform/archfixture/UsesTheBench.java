package se.vardkedjan.platform.archfixture;

import se.vardkedjan.bench.archfixture.BenchProbe;

/** Test fixture: a "product" class that reaches into the bench, which ArchitectureTests' bench rule must refuse. */
public final class UsesTheBench {

    private UsesTheBench() {
    }

    public static String signIn() {
        return BenchProbe.signInWithoutLogin();
    }
}
