package dev.helpdesk.directory.domain;

import dev.helpdesk.shared.domain.InvalidInputException;
import dev.helpdesk.shared.domain.Inputs;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An area that receives tickets; it owns its categories. */
@Entity
public class Department {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_SENDER_NAME_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private boolean active;

    /** Where it stands in lists and menus (1 the first); equal positions fall back to the name. */
    private int position;

    /** The From address of the department's mails, or null for the account's. */
    private String senderAddress;

    /** The name shown with it (or with the account's address), or null. */
    private String senderName;

    private Instant createdAt;

    @OneToMany(mappedBy = "department", cascade = CascadeType.PERSIST)
    @OrderBy("position, name")
    private List<Category> categories = new ArrayList<>();

    @Version
    private long version;

    protected Department() {
    }

    public Department(String name, Instant now) {
        this.name = Inputs.requiredText("name", name, MAX_NAME_LENGTH);
        this.active = true;
        this.createdAt = now;
    }

    public Category addCategory(String categoryName) {
        String cleanName = Inputs.requiredText("name", categoryName, Category.MAX_NAME_LENGTH);
        if (hasCategoryNamed(cleanName, null)) {
            throw new InvalidInputException("name", "validation.duplicate");
        }
        int last = categories.stream().mapToInt(Category::position).max().orElse(0);
        Category category = new Category(this, cleanName, last + 1);
        categories.add(category);
        return category;
    }

    /** A new name; tickets keep the department and show it under this name. Uniqueness is the service's to check. */
    public void rename(String newName) {
        this.name = Inputs.requiredText("name", newName, MAX_NAME_LENGTH);
    }

    public void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /**
     * Deactivated, the department is no longer offered for new tickets or transfers; its tickets keep it and lists
     * still show it. Reactivating brings it back.
     */
    public void activate(boolean on) {
        this.active = on;
    }

    /**
     * Whether another of its categories than {@code except} is called {@code candidate} (any case).
     */
    public boolean hasCategoryNamed(String candidate, Category except) {
        return categories.stream().anyMatch(c -> c != except && c.name().equalsIgnoreCase(candidate));
    }

    /**
     * Sets whom the department's mails come from: an address (null or blank for the account's) and a name shown with
     * it (null or blank for none). A name alone is shown with the account's address.
     */
    public void changeSender(String address, String name) {
        String cleanAddress = address == null || address.isBlank() ? null : Inputs.email("senderAddress", address);
        String cleanName = name == null || name.isBlank() ? null
                : Inputs.requiredText("senderName", name, MAX_SENDER_NAME_LENGTH);
        if (cleanName != null && (cleanName.indexOf('\n') >= 0 || cleanName.indexOf('\r') >= 0)) {
            // a header's text: a line break would end it
            throw new InvalidInputException("senderName", "validation.text.characters");
        }
        this.senderAddress = cleanAddress;
        this.senderName = cleanName;
    }

    public String senderAddress() {
        return senderAddress;
    }

    public String senderName() {
        return senderName;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public int position() {
        return position;
    }

    public List<Category> categories() {
        return Collections.unmodifiableList(categories);
    }
}
