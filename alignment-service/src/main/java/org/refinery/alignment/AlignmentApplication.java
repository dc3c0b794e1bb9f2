package org.refinery.alignment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AlignmentApplication {

	public static void main(String[] args) {
		SpringApplication.run(AlignmentApplication.class, args);
	}

}
