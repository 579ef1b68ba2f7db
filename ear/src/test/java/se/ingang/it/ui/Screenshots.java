package se.ingang.it.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import se.ingang.itsupport.browser.Browser;

/**
 * Screenshots of a page at 1280 and 320 px for a person to look at, only when the run asks for
 * them (-Dit.screenshots=/some/folder); the window goes back to its size afterwards.
 */
final class Screenshots {

    private Screenshots() {
    }

    static void take(Browser browser, String name) {
        String folder = System.getProperty("it.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        var window = browser.driver().manage().window();
        var size = window.getSize();
        try {
            for (int width : new int[] {1280, 320}) {
                window.setSize(new Dimension(width, 1400));
                // The page's top: where the messages are.
                browser.script("window.scrollTo(0, 0)");
                var png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
                Files.createDirectories(Path.of(folder));
                Files.write(Path.of(folder, name + "-" + width + ".png"), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            window.setSize(size);
        }
    }
}
