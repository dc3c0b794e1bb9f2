package org.refinery.backlog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BacklogApplication {

	public static void main(String[] args) {
		SpringApplication.run(BacklogApplication.class, args);
	}

}
