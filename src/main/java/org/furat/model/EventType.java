package org.furat.model;

/** ACLED's six event types. */
public enum EventType {
    BATTLES("Battles", "اشتباكات"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence", "انفجارات/عنف عن بعد"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians", "عنف ضد المدنيين"),
    PROTESTS("Protests", "احتجاجات"),
    RIOTS("Riots", "أعمال شغب"),
    STRATEGIC_DEVELOPMENTS("Strategic developments", "تطورات استراتيجية");

    private final String label;
    private final String labelAr;

    EventType(String label, String labelAr) {
        this.label = label;
        this.labelAr = labelAr;
    }

    public String label() { return label; }

    public String labelAr() { return labelAr; }
}
