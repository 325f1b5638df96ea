package se.vardkedjan.bench.archfixture;

/** Test fixture: stands for a bench class (ArchitectureTests' bench rule must catch a product class using it). */
public final class BenchProbe {

    private BenchProbe() {
    }

    public static String signInWithoutLogin() {
        return "bypass";
    }
}
