package se.vardkedjan.bench;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load generator's pure parts (ADR 0037): the state tree kept from Flow's changes, the elements found in it, the
 * messages it sends, and the report's figures. The generator against a running app is bench/run-load.sh, not a test.
 */
class UiTreeTests {

    private static JsonNode json(String text) {
        return FlowConnection.JSON.readTree(text.replace('\'', '"'));
    }

    /** A UI (node 1) with a div (2, id "case-head") holding a text node (3), as Flow's first answer shapes it. */
    private static UiTree casePage() {
        var tree = new UiTree();
        tree.apply(json("""
                [{'node':1,'type':'attach'},{'node':2,'type':'attach'},{'node':3,'type':'attach'},
                 {'node':2,'type':'put','key':'tag','feat':0,'value':'div'},
                 {'node':2,'type':'put','key':'id','feat':3,'value':'case-head'},
                 {'node':3,'type':'put','key':'text','feat':7,'value':'Anna Andersson'},
                 {'node':2,'type':'splice','feat':2,'index':0,'addNodes':[3]},
                 {'node':1,'type':'splice','feat':2,'index':0,'addNodes':[2]}]"""));
        return tree;
    }

    @Test
    void findsAnAttachedElementByItsIdWithItsTagAndText() {
        var tree = casePage();

        var head = tree.byId("case-head").orElseThrow();

        assertThat(head.id()).isEqualTo(2);
        assertThat(head.tag()).isEqualTo("div");
        assertThat(tree.text(head)).isEqualTo("Anna Andersson");
        assertThat(tree.byId("case-not-found")).isEmpty();
    }

    @Test
    void anElementTakenOutOfTheTreeIsNotFoundEvenBeforeItsNodeIsDetached() {
        var tree = casePage();

        tree.apply(json("[{'node':1,'type':'splice','feat':2,'index':0,'remove':1}]"));

        assertThat(tree.byId("case-head")).isEmpty();
        assertThat(tree.node(2)).isPresent();
    }

    @Test
    void aDetachedNodeIsForgotten() {
        var tree = casePage();

        tree.apply(json("[{'node':1,'type':'splice','feat':2,'index':0,'remove':1},{'node':2,'type':'detach'}]"));

        assertThat(tree.node(2)).isEmpty();
    }

    @Test
    void aSpliceInsertsAtItsIndexAndRemovesWhatItSays() {
        var tree = casePage();
        tree.apply(json("""
                [{'node':4,'type':'attach'},{'node':5,'type':'attach'},
                 {'node':4,'type':'put','key':'text','feat':7,'value':' (ärende)'},
                 {'node':5,'type':'put','key':'text','feat':7,'value':'Bo '},
                 {'node':2,'type':'splice','feat':2,'index':1,'addNodes':[4]},
                 {'node':2,'type':'splice','feat':2,'index':0,'remove':1,'addNodes':[5]}]"""));

        assertThat(tree.text(tree.byId("case-head").orElseThrow())).isEqualTo("Bo  (ärende)");
    }

    @Test
    void aDialogAmongTheVirtualChildrenIsFoundAndPropertiesAndAttributesChange() {
        var tree = casePage();
        tree.apply(json("""
                [{'node':9,'type':'attach'},
                 {'node':9,'type':'put','key':'tag','feat':0,'value':'vaadin-confirm-dialog'},
                 {'node':9,'type':'put','key':'id','feat':3,'value':'journal-sign-confirm'},
                 {'node':9,'type':'put','key':'opened','feat':1,'value':true},
                 {'node':1,'type':'splice','feat':24,'index':0,'addNodes':[9]}]"""));

        var dialog = tree.byId("journal-sign-confirm").orElseThrow();
        assertThat(dialog.property("opened")).isEqualTo(true);
        assertThat(tree.byTag("vaadin-confirm-dialog")).hasSize(1);

        tree.apply(json("[{'node':9,'type':'remove','key':'opened','feat':1},"
                + "{'node':9,'type':'remove','key':'id','feat':3}]"));
        assertThat(dialog.property("opened")).isNull();
        assertThat(tree.byId("journal-sign-confirm")).isEmpty();
    }

    @Test
    void ofTwoElementsWithTheSameIdTheNewestIsFound() {
        var tree = casePage();
        tree.apply(json("""
                [{'node':7,'type':'attach'},
                 {'node':7,'type':'put','key':'id','feat':3,'value':'case-head'},
                 {'node':1,'type':'splice','feat':2,'index':1,'addNodes':[7]}]"""));

        assertThat(tree.byId("case-head").orElseThrow().id()).isEqualTo(7);
    }

    @Test
    void aClearEmptiesTheChildrenAndANewUiStartsFromNothing() {
        var tree = casePage();
        tree.apply(json("[{'node':1,'type':'clear','feat':2}]"));
        assertThat(tree.byId("case-head")).isEmpty();

        tree.clear();
        assertThat(tree.size()).isZero();
        assertThat(tree.attached()).isEmpty();
    }

    @Test
    void changesTheModelDoesNotKnowAndAMissingArrayChangeNothing() {
        var tree = casePage();

        tree.apply(json("[{'node':2,'type':'put','key':'color','feat':12,'value':'red'},"
                + "{'node':2,'type':'empty','feat':4}]"));
        tree.apply(null);

        assertThat(tree.byId("case-head").orElseThrow().attribute("id")).contains("case-head");
        assertThat(tree.size()).isEqualTo(3);
    }

    @Test
    void theMessagesHaveFlowsShape() {
        assertThat(FlowConnection.sync(12, "value", "Samtal").toString())
                .isEqualTo("{\"type\":\"mSync\",\"node\":12,\"feature\":1,\"property\":\"value\",\"value\":\"Samtal\"}");
        assertThat(FlowConnection.event(13, "click", null).toString())
                .isEqualTo("{\"type\":\"event\",\"node\":13,\"event\":\"click\",\"data\":{}}");
        var navigate = FlowConnection.navigate("arenden/0b6d0c2e-0000-4000-8000-000000000001");
        assertThat(navigate.get("node").asInt()).isEqualTo(1);
        assertThat(navigate.get("event").asString()).isEqualTo("ui-navigate");
        assertThat(navigate.get("data").get("route").asString())
                .isEqualTo("arenden/0b6d0c2e-0000-4000-8000-000000000001");
        assertThat(navigate.get("data").get("trigger").asString()).isEqualTo("link");
    }

    @Test
    void percentilesAreNearestRankAndTheHeapSlopeIsTheLeastSquaresOne() {
        var nanos = List.of(1_000_000L, 2_000_000L, 3_000_000L, 4_000_000L, 100_000_000L);
        assertThat(LoadBench.ms(nanos, 50)).isEqualTo("3.0");
        assertThat(LoadBench.ms(nanos, 95)).isEqualTo("100.0");
        assertThat(LoadBench.ms(List.of(), 95)).isEqualTo("–");

        assertThat(LoadBench.slope(List.of(0.0, 1.0, 2.0, 3.0), List.of(500.0, 502.0, 504.0, 506.0)))
                .isEqualTo(2.0);
        assertThat(LoadBench.slope(List.of(0.0, 1.0, 2.0), List.of(500.0, 520.0, 500.0))).isZero();
    }
}
