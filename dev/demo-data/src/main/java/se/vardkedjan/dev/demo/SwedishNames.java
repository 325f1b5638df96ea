package se.vardkedjan.dev.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Common Swedish names and places for demo people; with a seeded random they give the same people every run. */
final class SwedishNames {

    static final List<String> WOMEN = List.of("Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kerstin",
            "Malin", "Ingrid", "Linnéa", "Sofia", "Johanna", "Elin", "Hanna", "Marie", "Birgitta", "Ida", "Jenny",
            "Camilla", "Susanne", "Åsa", "Helena", "Annika", "Louise", "Frida", "Amira", "Fatima", "Nour", "Leila",
            "Aisha", "Jasmin", "Agnes", "Ellen", "Ebba", "Klara", "Maja", "Wilma", "Alva", "Saga");
    static final List<String> MEN = List.of("Lars", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Mikael",
            "Jan", "Hans", "Thomas", "Daniel", "Fredrik", "Stefan", "Marcus", "Mattias", "Andreas", "Magnus",
            "Jonas", "Niklas", "Björn", "Oskar", "Viktor", "Simon", "Emil", "Ali", "Mohammed", "Ahmed", "Omar",
            "Hassan", "Mehmet", "Kenneth", "Leif", "Göran", "Ove", "Rolf", "Sven", "Åke", "Jesper", "Hugo");
    static final List<String> FAMILY = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
            "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
            "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist",
            "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson",
            "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström",
            "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
            "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren",
            "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Mårtensson", "Nordström", "Lundström", "Ali",
            "Mohammed", "Ahmed", "Hassan", "Yilmaz", "Kaya", "Nguyen", "Hussein", "Abdi", "Korhonen", "Virtanen",
            "Nowak", "Kowalski", "Petrović", "Jovanović", "Hodžić", "Rahimi");
    static final List<String> STREETS = List.of("Storgatan", "Kyrkogatan", "Drottninggatan", "Skolgatan",
            "Järnvägsgatan", "Parkvägen", "Björkvägen", "Ringvägen", "Industrigatan", "Stationsgatan", "Östra Långgatan",
            "Västra vägen", "Sjövägen", "Ekbacken", "Granstigen");

    private SwedishNames() {
    }

    static String pick(List<String> names, RandomGenerator random) {
        return names.get(random.nextInt(names.size()));
    }
}
