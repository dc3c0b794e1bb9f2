package org.refinery.dependency;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DependencyApplication {

	public static void main(String[] args) {
		SpringApplication.run(DependencyApplication.class, args);
	}

}
