package dev.privacyai.escalation;

import dev.privacyai.redaction.EntityType;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which {@link EntityType}s a human agent's role may see in a {@link Handoff}; everything else is redacted.
 *
 * <p>Default ({@link #none()}): no role sees any personal data. Roles are host-defined names such as
 * {@code "billing"} or {@code "fraud-investigator"}; unknown roles see nothing (fail closed).
 *
 * <p>Immutable and thread-safe.
 */
public final class AgentVisibility {

    private static final AgentVisibility NONE = builder().build();

    private final Map<String, Set<EntityType>> visible;

    private AgentVisibility(Map<String, Set<EntityType>> visible) {
        this.visible = visible;
    }

    /** No role sees any personal data. */
    public static AgentVisibility none() {
        return NONE;
    }

    /** Starts an empty visibility policy (no role sees anything). */
    public static Builder builder() {
        return new Builder();
    }

    /** The entity types {@code role} may see; empty for unknown roles. */
    public Set<EntityType> visibleTypes(String role) {
        return visible.getOrDefault(Objects.requireNonNull(role, "role"), Set.of());
    }

    /** True if {@code role} may see values of {@code type}. */
    public boolean maySee(String role, EntityType type) {
        return visibleTypes(role).contains(Objects.requireNonNull(type, "type"));
    }

    /** The configured roles and their visible types. */
    public Map<String, Set<EntityType>> roles() {
        return visible;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgentVisibility && ((AgentVisibility) o).visible.equals(visible);
    }

    @Override
    public int hashCode() {
        return visible.hashCode();
    }

    @Override
    public String toString() {
        return "AgentVisibility" + visible;
    }

    /** Builds an {@link AgentVisibility}. Not thread-safe; the built policy is. */
    public static final class Builder {
        private final Map<String, Set<EntityType>> visible = new TreeMap<>();

        private Builder() {
        }

        /**
         * Lets {@code role} see values of these types (adds to what it may already see).
         *
         * @throws NullPointerException if the role, the array or a type is null
         * @throws IllegalArgumentException if the role is blank
         */
        public Builder allow(String role, EntityType... types) {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(types, "types");
            if (role.isBlank()) {
                throw new IllegalArgumentException("role must not be blank");
            }
            Set<EntityType> set = visible.computeIfAbsent(role, r -> new TreeSet<>());
            for (EntityType t : types) {
                set.add(Objects.requireNonNull(t, "type"));
            }
            return this;
        }

        /** Builds the immutable policy. */
        public AgentVisibility build() {
            Map<String, Set<EntityType>> copy = new TreeMap<>();
            visible.forEach((role, types) -> copy.put(role, Collections.unmodifiableSet(new TreeSet<>(types))));
            return new AgentVisibility(Collections.unmodifiableMap(copy));
        }
    }
}
