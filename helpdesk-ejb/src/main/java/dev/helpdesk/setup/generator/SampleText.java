package dev.helpdesk.setup.generator;

import java.util.List;
import java.util.Random;

/** Plausible Brazilian help-desk text, drawn from a seeded random source so that runs are repeatable. */
public final class SampleText {

    private static final List<String> FIRST_NAMES = List.of("Ana", "Bruno", "Carla", "Daniel", "Eduarda", "Felipe",
            "Gabriela", "Henrique", "Isabela", "João", "Karina", "Lucas", "Mariana", "Nicolas", "Olívia", "Pedro",
            "Rafaela", "Sérgio", "Tatiane", "Vinícius");
    private static final List<String> LAST_NAMES = List.of("Silva", "Souza", "Oliveira", "Santos", "Pereira",
            "Lima", "Carvalho", "Ferreira", "Rodrigues", "Almeida", "Costa", "Gomes", "Martins", "Araújo", "Barbosa");
    private static final List<String> PROBLEMS = List.of("Impressora não imprime", "Senha expirada",
            "VPN desconecta", "Computador lento", "Erro ao emitir nota fiscal", "Reembolso de viagem",
            "Acesso ao sistema de vendas", "Monitor sem imagem", "E-mail não sincroniza", "Pedido de notebook",
            "Boleto em duplicidade", "Troca de teclado", "Certificado digital vencido", "Férias não aparecem",
            "Wi-Fi da sala de reunião", "Backup falhou");
    private static final List<String> DETAILS = List.of("desde ontem", "depois da atualização", "no 3º andar",
            "só pela manhã", "com a mensagem de erro 0x80070005", "para toda a equipe", "no notebook novo",
            "quando estou em home office", "há uma semana", "no módulo financeiro");
    private static final List<String> REPLIES = List.of("Pode reiniciar o equipamento e testar novamente?",
            "Encaminhei para a equipe responsável.", "Resolvido, por favor confirme.", "Continua com o mesmo erro.",
            "Obrigado, funcionou!", "Precisamos de uma foto da tela com o erro.", "Agendei a visita técnica.");
    private static final List<String> NOTES = List.of("Cliente já abriu chamado parecido no mês passado.",
            "Aguardando retorno do fornecedor.", "Verificar com a equipe de redes antes de responder.",
            "Licença renovada, falta só confirmar com o cliente.", "Prioridade combinada com a gerência.");
    private static final List<String> COMPANIES = List.of("Comercial", "Indústria", "Logística", "Serviços",
            "Tecnologia", "Alimentos", "Engenharia", "Saúde", "Educação", "Varejo");

    private final Random random;

    public SampleText(long seed) {
        this.random = new Random(seed);
    }

    public String personName() {
        return pick(FIRST_NAMES) + " " + pick(LAST_NAMES) + " " + pick(LAST_NAMES);
    }

    public String organizationName(int number) {
        return pick(LAST_NAMES) + " " + pick(COMPANIES) + " " + number;
    }

    public String subject() {
        return pick(PROBLEMS) + " " + pick(DETAILS);
    }

    public String message() {
        StringBuilder text = new StringBuilder("Olá, equipe. ").append(pick(PROBLEMS)).append(' ')
                .append(pick(DETAILS)).append(". ");
        int sentences = 1 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            text.append("Já tentei de novo ").append(pick(DETAILS)).append(" e o problema continua. ");
        }
        return text.append("Obrigado.").toString();
    }

    public String reply() {
        return pick(REPLIES);
    }

    public String note() {
        return pick(NOTES);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public double nextDouble() {
        return random.nextDouble();
    }

    /** A ticket's public id: 32 hexadecimal digits from the same seeded source. */
    public String publicId() {
        return String.format("%016x%016x", random.nextLong(), random.nextLong());
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
