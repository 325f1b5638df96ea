package se.vardkedjan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Vårdkedjan: case management and follow-up for municipal addiction care. */
@SpringBootApplication
@Modulithic(systemName = "Vårdkedjan", sharedModules = { "sharedkernel", "uikit" })
public class VardkedjanApplication {

    public static void main(String[] args) {
        SpringApplication.run(VardkedjanApplication.class, args);
    }
}
