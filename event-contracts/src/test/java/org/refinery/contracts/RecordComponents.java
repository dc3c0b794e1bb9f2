package org.refinery.contracts;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Rebuilds a record with one component replaced, through its canonical constructor. */
final class RecordComponents {

	private RecordComponents() {
	}

	static Object copyWith(Record record, String component, Object value) throws Throwable {
		RecordComponent[] components = record.getClass().getRecordComponents();
		Object[] args = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			args[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
		}
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
		try {
			return canonical.newInstance(args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	static String stateComponent(Record event) {
		return event.getClass().getRecordComponents()[6].getName();
	}

}
