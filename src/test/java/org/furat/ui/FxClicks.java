package org.furat.ui;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.service.locator.impl.BoundsLocatorImpl;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks a node at its centre, worked out on the FX thread. TestFX's own {@code clickOn(node)} works out a node's
 * bounds on the test thread, which can lay out the node's text there while the FX thread lays out the same text
 * (a field being typed into): the two then share the font code's native state, and the test JVM can abort.
 */
final class FxClicks {

    private FxClicks() {}

    /** Clicks the visible node this query finds (a CSS selector, or a labelled node's text, as TestFX reads it). */
    static FxRobotInterface on(FxRobot robot, String query, MouseButton... buttons) {
        return on(robot, robot.lookup(query).match(NodeQueryUtils.isVisible()).<Node>query(), buttons);
    }

    static FxRobotInterface on(FxRobot robot, Node node, MouseButton... buttons) {
        Window window = node.getScene().getWindow();
        robot.clickOn(centreOnScreen(node), buttons);
        // As clickOn(node) does (a click on a bare point does not): what is typed next goes to this node's window.
        return window.isShowing() ? robot.targetWindow(window) : robot;
    }

    static Point2D centreOnScreen(Node node) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Bounds bounds = new BoundsLocatorImpl().boundsOnScreenFor(node); // its visible part, as TestFX clicks it
                return new Point2D(bounds.getCenterX(), bounds.getCenterY());
            }).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("could not find where " + node + " is on the screen", e);
        }
    }
}
